/// Every file of this target sees the shared test support (package root, temporary folders).
@_exported import TestSupport
