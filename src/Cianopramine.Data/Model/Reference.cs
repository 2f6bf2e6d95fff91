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
    /// <summary>The reference's id in the dataset (guide, ref4, eichler1984 …).</summary>
    public required string Id { get; init; }

    /// <summary>What kind of publication this is.</summary>
    public required ReferenceKind Kind { get; init; }

    /// <summary>The title, or null when it is not known.</summary>
    public string? Title { get; init; }

    /// <summary>The authors as the source lists them (surname and initials), in order.</summary>
    public ValueArray<string> Authors { get; init; }

    /// <summary>Whether the author list is cut short in the source ("et al.").</summary>
    public bool AuthorsTruncated { get; init; }

    /// <summary>The journal's abbreviated or full name.</summary>
    public string? Journal { get; init; }

    /// <summary>The publisher, for documents outside journals.</summary>
    public string? Publisher { get; init; }

    /// <summary>The year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>The month of publication, 1–12.</summary>
    public int? Month { get; init; }

    /// <summary>The volume.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue.</summary>
    public string? Issue { get; init; }

    /// <summary>The pages, e.g. 156-163.</summary>
    public string? Pages { get; init; }

    /// <summary>A vendor's catalogue number.</summary>
    public string? CatalogueNumber { get; init; }

    /// <summary>The PubMed id, when one is known.</summary>
    public Pmid? Pmid { get; init; }

    /// <summary>The DOI, when one is known.</summary>
    public Doi? Doi { get; init; }

    /// <summary>A full URL, when one is known.</summary>
    public string? Url { get; init; }

    /// <summary>The web site (host name) for a web page known only by its site.</summary>
    public string? Website { get; init; }

    /// <summary>How far the curators located and checked this reference.</summary>
    public required ReferenceStatus Status { get; init; }

    /// <summary>Curation notes on the reference itself (a PMID from one source, a citation mismatch).</summary>
    public ValueArray<CurationNote> Notes { get; init; }

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
