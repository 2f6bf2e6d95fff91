namespace Cianopramine.Data.Tests.Facts;

/// <summary>The texts of FACTS.md's curation rows (C1–C9), as the data stores them.</summary>
internal static class NoteTexts
{
    public const string C1 =
        "A public web page gives cianopramine as C19H21N3 / 291.39 g/mol. That is the metabolite's formula (cianopramine is C20H23N3). Do not take that formula or mass for cianopramine.";

    public const string C2 =
        "ref2 (paroxetine) does not mention cianopramine; the guide cites it for \"potent and selective inhibitor of serotonin (5-HT) uptake\": a citation mismatch.";

    public const string C3 =
        "The receptor that contracts the rat stomach fundus is now classified as 5-HT2B (gene HTR2B; human UniProt P41595), cloned from that tissue (wainscott1996).";

    public const string C4 =
        "ref4 states \"very potent and selective 5-HT uptake inhibitors in vitro\" as background, not as its own measurement.";

    public const string C5 =
        "ref5 was not located; the 5 × 10⁻⁵ M value is unverified against its primary source. ref4 does report that cianopramine blocks the 5-HT pressor response in pithed rats at higher doses (P3), which agrees in direction.";

    public const string C6 =
        "supported by ref4's abstract: in vivo means protection against H 77/77 (4,α-dimethyl-meta-tyramine)-induced displacement of brain 5-HT (rat) and noradrenaline (rats and mice).";

    public const string C7 =
        "ref4 reports that cianopramine itself also antagonised noradrenaline displacement (P2): the activity at NET is not the metabolite's alone.";

    public const string C8 =
        "Imipramine's N-demethylation is attributed to CYP2C19 (with CYP1A2 and CYP2D6 involved in its metabolism). That attribution is not carried over to cianopramine: no enzyme is reported for cianopramine's N-demethylation, so its enzyme list is empty (not reported, which is not the same as none).";

    public const string C9 =
        "\"Antagonised noradrenaline displacement\" means protection against H 77/77-induced displacement, which works by blocking uptake: the action at NET is uptake inhibition. The source's words are kept verbatim; the action is typed as inhibitor.";
}
