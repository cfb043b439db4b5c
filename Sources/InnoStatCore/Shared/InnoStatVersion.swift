/// The version recorded with every run.
public enum InnoStatVersion {
    public static let current = "0.1.0"
}
