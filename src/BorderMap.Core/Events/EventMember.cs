using BorderMap.Core.Claims;

namespace BorderMap.Core.Events;

/// <summary>One claim of an event, with its source's publisher, which independence needs.</summary>
public sealed record EventMember(Claim Claim, string Publisher)
{
    public ClaimData Data => Claim.Data;

    /// <summary>The words the rules read: the English translation, else the quote.</summary>
    public string Words => Data.Translation.Length > 0 ? Data.Translation : Data.Quote.Text;

    public IReadOnlyList<QuantityStatement> Quantities => QuantityReader.Read(Data.Numbers, Words);

    public (DateOnly First, DateOnly Last) Span => DateRules.Span(Data.EventDate, Data.EndDate, Data.TimePrecision);

    public SourcedText Sourced => new(Claim.Id, Data.Source, Publisher, Words);
}
