from giants.cli import main

main()
