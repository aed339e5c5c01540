using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>Where bot state lives between turns, as Bot Builder's IStorage: documents by key.</summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
