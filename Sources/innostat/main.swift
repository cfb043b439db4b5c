import InnoStatCommands

InnoStat.main()
