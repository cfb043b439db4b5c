import CryptoDigest

/// SHA-256 digests (libcrypto, through CryptoDigest) of files and texts, as hex: the ledger's way to tell a file changed.
enum FileDigest {
    static func hexDigest(ofFile path: String) throws -> String {
        guard let digest = try SHA256Hasher.hexDigest(ofFile: path) else {
            throw SourceFileError(file: path, message: "cannot open for reading")
        }
        return digest
    }

    static func hexDigest(of bytes: [UInt8]) -> String {
        SHA256Hasher.hexDigest(of: bytes)
    }
}
