extension ObservationStatus {
    /// The status of a figure computed from figures with these statuses: the first of break,
    /// estimated, provisional, imputed, definition differs that occurs; else normal.
    static func combining<S: Sequence>(_ statuses: S) -> ObservationStatus
    where S.Element == ObservationStatus {
        let present = Set(statuses)
        let order: [ObservationStatus] = [
            .breakInSeries, .estimated, .provisional, .imputed, .definitionDiffers,
        ]
        return order.first(where: present.contains) ?? .normal
    }
}
