using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.DataFiles;

/// <summary>References: <c>references[]</c>.</summary>
internal static partial class ModelFormat
{
    private static void WriteReference(IModelSink s, Reference r)
    {
        s.String("id", r.Id);
        s.Word("kind", r.Kind);
        s.OptionalString("title", r.Title);
        WriteStrings(s, "authors", r.Authors, required: false);
        s.Flag("authorsTruncated", r.AuthorsTruncated);
        s.OptionalString("journal", r.Journal);
        s.OptionalString("publisher", r.Publisher);
        s.OptionalInteger("year", r.Year);
        s.OptionalInteger("month", r.Month);
        s.OptionalString("volume", r.Volume);
        s.OptionalString("issue", r.Issue);
        s.OptionalString("pages", r.Pages);
        s.OptionalString("catalogueNumber", r.CatalogueNumber);
        s.OptionalString("pmid", r.Pmid?.Value);
        s.OptionalString("doi", r.Doi?.Value);
        s.OptionalString("url", r.Url);
        s.OptionalString("website", r.Website);
        s.Word("status", r.Status);
        WriteNotes(s, r.Notes);
    }

#if !CIANOPRAMINE_GENERATOR
    private static Reference ReadReference(ref CompactReader r) => new()
    {
        Id = r.String(),
        Kind = r.Word<ReferenceKind>(),
        Title = r.OptionalString(),
        Authors = ReadStrings(ref r),
        AuthorsTruncated = r.Flag(),
        Journal = r.OptionalString(),
        Publisher = r.OptionalString(),
        Year = (int?)r.OptionalInteger(),
        Month = (int?)r.OptionalInteger(),
        Volume = r.OptionalString(),
        Issue = r.OptionalString(),
        Pages = r.OptionalString(),
        CatalogueNumber = r.OptionalString(),
        Pmid = r.OptionalString() is { } pmid ? Pmid.Parse(pmid) : null,
        Doi = r.OptionalString() is { } doi ? Doi.Parse(doi) : null,
        Url = r.OptionalString(),
        Website = r.OptionalString(),
        Status = r.Word<ReferenceStatus>(),
        Notes = ReadNotes(ref r),
    };
#endif
}
