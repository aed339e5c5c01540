namespace DxBot.Import;

/// <summary>The document cannot be imported (broken, encrypted, an unsupported format, no usable text); nothing is written.</summary>
public sealed class DocumentImportException(string message, Exception? innerException = null) : Exception(message, innerException);
