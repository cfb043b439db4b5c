import ArgumentParser

struct WarehouseOption: ParsableArguments {
    @Option(name: .long, help: "The warehouse database file.")
    var warehouse = "Warehouse/warehouse.sqlite"
}
