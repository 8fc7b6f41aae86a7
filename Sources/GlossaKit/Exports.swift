// The executable and embedding programs see glossa's value types and text layer through GlossaKit.
@_exported import GlossaCore
@_exported import GlossaText
@_exported import GlossaExchange
@_exported import GlossaAlign
@_exported import GlossaMemory
