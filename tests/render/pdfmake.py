"""A one-page PDF whose text layer holds exactly the given lines, any code point included (escape sequences,
C1 controls, bidi overrides): each character outside printable ASCII gets a code of its own in the font's
/Differences, named ``uniXXXX``, which PDF text extraction maps back to that code point."""

from __future__ import annotations


def pdf_with_lines(lines: list[str]) -> bytes:
    codes: dict[str, int] = {}
    free = [c for c in range(1, 256) if not 32 <= c <= 126]
    for char in "".join(lines):
        if not 32 <= ord(char) <= 126 and char not in codes:
            codes[char] = free[len(codes)]
    differences = " ".join(f"{code} /uni{ord(char):04X}" for char, code in codes.items())

    def encoded(line: str) -> str:
        out = []
        for char in line:
            code = codes.get(char, ord(char))
            out.append(f"\\{code:03o}" if code < 32 or code > 126 or char in "()\\" else char)
        return "".join(out)

    content = "BT /F1 11 Tf 72 720 Td 14 TL\n" + "".join(f"({encoded(line)}) ' \n" for line in lines) + "ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        f"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
