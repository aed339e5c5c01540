using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.State;

/// <summary>A named, typed value in a bot state, as Bot Builder's IStatePropertyAccessor.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
