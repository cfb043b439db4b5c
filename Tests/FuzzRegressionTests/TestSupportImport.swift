/// Every file of this target sees the shared test support (package root, built binary,
/// temporary folders, waiting for a marker).
@_exported import TestSupport
