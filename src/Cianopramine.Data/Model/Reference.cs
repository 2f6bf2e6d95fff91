using System.Text;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Model;

/// <summary>A literature reference: the source behind one or more facts.</summary>
/// <remarks>
/// Every optional property is null when the source does not give it: nothing is filled in by guess.
/// Value equality over all properties.
/// </remarks>
public sealed record Reference
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Reference()
    {
    }

    /// <summary>The reference's id in the dataset (guide, ref4, eichler1984 …).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>What kind of publication this is.</summary>
    public ReferenceKind Kind { get; internal init; }

    /// <summary>The title, or null when it is not known.</summary>
    public string? Title { get; internal init; }

    /// <summary>The authors as the source lists them (surname and initials), in order.</summary>
    public ValueArray<string> Authors { get; internal init; }

    /// <summary>Whether the author list is cut short in the source ("et al.").</summary>
    public bool AuthorsTruncated { get; internal init; }

    /// <summary>The journal's abbreviated or full name.</summary>
    public string? Journal { get; internal init; }

    /// <summary>The publisher, for documents outside journals.</summary>
    public string? Publisher { get; internal init; }

    /// <summary>The year of publication.</summary>
    public int? Year { get; internal init; }

    /// <summary>The month of publication, 1–12.</summary>
    public int? Month { get; internal init; }

    /// <summary>The volume.</summary>
    public string? Volume { get; internal init; }

    /// <summary>The issue.</summary>
    public string? Issue { get; internal init; }

    /// <summary>The pages, e.g. 156-163.</summary>
    public string? Pages { get; internal init; }

    /// <summary>A vendor's catalogue number.</summary>
    public string? CatalogueNumber { get; internal init; }

    /// <summary>The PubMed id, when one is known.</summary>
    public Pmid? Pmid { get; internal init; }

    /// <summary>The DOI, when one is known.</summary>
    public Doi? Doi { get; internal init; }

    /// <summary>A full URL, when one is known.</summary>
    public string? Url { get; internal init; }

    /// <summary>The web site (host name) for a web page known only by its site.</summary>
    public string? Website { get; internal init; }

    /// <summary>How far the curators located and checked this reference.</summary>
    public ReferenceStatus Status { get; internal init; }

    /// <summary>Curation notes on the reference itself (a PMID from one source, a citation mismatch).</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>A short citation: first author (et al.), year, title or site, journal, PMID and DOI; parts the source does not give are left out.</summary>
    /// <returns>The citation.</returns>
    public string ToCitation()
    {
        var text = new StringBuilder();
        if (!Authors.IsEmpty)
        {
            text.Append(Authors[0]);
            if (Authors.Count > 1 || AuthorsTruncated)
            {
                text.Append(" et al.");
            }

            text.Append(' ');
        }

        if (Year is int year)
        {
            text.Append('(').Append(year).Append(") ");
        }

        var title = Title ?? Website;
        if (title is not null)
        {
            text.Append(title);
        }

        if (Journal is not null)
        {
            text.Append(title is null ? string.Empty : ". ").Append(Journal);
            if (Volume is not null)
            {
                text.Append(' ').Append(Volume);
                if (Pages is not null)
                {
                    text.Append(':').Append(Pages);
                }
            }
        }

        if (Pmid is { } pmid)
        {
            Separate(text).Append("PMID ").Append(pmid.Value);
        }

        if (Doi is { } doi)
        {
            Separate(text).Append("doi:").Append(doi.Value);
        }

        return text.Length == 0 ? Id : text.ToString().TrimEnd();
    }

    /// <summary>Ends what is written so far with ". ", unless nothing is written yet.</summary>
    private static StringBuilder Separate(StringBuilder text)
    {
        while (text.Length > 0 && text[text.Length - 1] == ' ')
        {
            text.Length--;
        }

        return text.Length == 0 ? text : text.Append(". ");
    }

    /// <summary>The id and short citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Id}] {ToCitation()}";
}
