namespace DxBot.Knowledge.Loading;

/// <summary>The formats of the knowledge folder, told apart by where a file sits and how it is named.</summary>
internal enum KnowledgeFileKind
{
    Ignored,
    CityProfile,
    Markdown,
    Catalog,
    CityProcedures,
    Support,
    Synonyms,
    Readings,
    PlainText,
    English,
}
