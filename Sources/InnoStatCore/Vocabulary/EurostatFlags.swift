/// Eurostat's observation flags (its OBS_FLAG code list): letters, combined as `bep`, each
/// with its meaning. The status is the first of break, definition differs, imputed, estimated
/// (forecast too) and provisional that the flag holds; every letter's meaning goes to the note,
/// so `bep` is a break noted `flag bep: break in time series, estimated, provisional`. A letter
/// outside the list is kept in the note as unknown.
enum EurostatFlags {
    private static let letters: [Character: (status: ObservationStatus?, meaning: String)] = [
        "b": (.breakInSeries, "break in time series"),
        "c": (nil, "confidential"),
        "d": (.definitionDiffers, "definition differs (see metadata)"),
        "e": (.estimated, "estimated"),
        "f": (.estimated, "forecast"),
        "i": (.imputed, "value imputed by Eurostat or other receiving agencies"),
        "m": (nil, "missing value; data cannot exist"),
        "n": (nil, "not significant"),
        "p": (.provisional, "provisional"),
        "r": (nil, "revised"),
        "s": (.estimated, "Eurostat estimate"),
        "u": (nil, "low reliability"),
        "z": (nil, "not applicable"),
    ]

    private static let precedence: [ObservationStatus] = [
        .breakInSeries, .definitionDiffers, .imputed, .estimated, .provisional,
    ]

    static func reading(_ flag: String) -> SDMXStatusCodes.Reading {
        var statuses: [ObservationStatus] = []
        var meanings: [String] = []
        for letter in flag.lowercased() {
            guard let known = letters[letter] else {
                meanings.append("\(letter) unknown")
                continue
            }
            if let status = known.status { statuses.append(status) }
            meanings.append(known.meaning)
        }
        let status = precedence.first(where: statuses.contains)
        return SDMXStatusCodes.Reading(
            status: status, note: "flag \(flag): " + meanings.joined(separator: ", "))
    }
}
