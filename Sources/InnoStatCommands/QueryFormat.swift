import ArgumentParser

enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}
