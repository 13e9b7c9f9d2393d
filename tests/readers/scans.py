"""Make "scanned" copies of the project's text PDFs: each page rendered to an image, turned slightly, speckled
with noise, and saved as an image-only PDF (no text layer). Used by the OCR tests; also a script:
``python tests/readers/scans.py OUT_DIR`` writes scans of every sample PDF (for the OCR benchmark)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DPI = 200


def make_scan(src: Path, dst: Path, angle: float = 1.2, seed: int = 7, noise: float = 0.015) -> Path:
    import pdfplumber
    from PIL import Image

    rng = random.Random(seed)
    images: list[Image.Image] = []
    with pdfplumber.open(src) as pdf:
        for page in pdf.pages:
            img = page.to_image(resolution=DPI).original.convert("L")
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            px = img.load()
            assert px is not None
            w, h = img.size
            for _ in range(int(w * h * noise)):  # salt and pepper
                px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
            images.append(img)
    images[0].save(dst, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return dst


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "scans")
    out.mkdir(parents=True, exist_ok=True)
    for i, pdf in enumerate(sorted(SAMPLES.glob("*.pdf"))):
        make_scan(pdf, out / pdf.name, angle=(-1.5 if i % 2 else 1.2), seed=i)
        print(out / pdf.name)
