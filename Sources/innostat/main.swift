import InnoStatCommands

InnoStat.main(InnoStat.normalizedArguments(Array(CommandLine.arguments.dropFirst())))
