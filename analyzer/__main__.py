from analyzer.launch import main

main()
