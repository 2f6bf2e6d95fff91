using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>The assays of FACTS.md's result rows: kind, setting, species, tissue and the method in words.</summary>
internal static class ExpectedAssays
{
    /// <summary>G1: 5-HT uptake inhibition, in vitro (the guide's wording; no species or tissue given).</summary>
    public static Assay UptakeInVitro => new()
    {
        Id = "5ht-uptake-inhibition-in-vitro",
        Kind = AssayKind.UptakeInhibition,
        Setting = AssaySetting.InVitro,
        Description = "5-HT Uptake Inhibition (in vitro)",
    };

    /// <summary>G2: serotonin-induced contractions, rat stomach fundus strip, isolated tissue.</summary>
    public static Assay FundusStrip => new()
    {
        Id = "fundus-strip-5ht-contraction",
        Kind = AssayKind.FunctionalTissueResponse,
        Setting = AssaySetting.IsolatedTissue,
        Species = FactsData.List(Species.Rat),
        Tissue = "stomach fundus strip",
        Description = "Serotonin-induced contractions (rat stomach fundus strip)",
    };

    /// <summary>G3: 5-HT uptake inhibition, in vivo (the guide's wording).</summary>
    public static Assay UptakeInVivo => new()
    {
        Id = "5ht-uptake-inhibition-in-vivo",
        Kind = AssayKind.UptakeInhibition,
        Setting = AssaySetting.InVivo,
        Description = "5-HT Uptake Inhibition (in vivo)",
    };

    /// <summary>G4: noradrenaline displacement, in vivo (the guide's wording).</summary>
    public static Assay NoradrenalineDisplacementInVivo => new()
    {
        Id = "noradrenaline-displacement-in-vivo",
        Kind = AssayKind.DisplacementProtection,
        Setting = AssaySetting.InVivo,
        Description = "Noradrenaline Displacement (in vivo)",
    };

    /// <summary>P1: protection against H 77/77-induced 5-HT displacement, rat brain, in vivo.</summary>
    public static Assay H7777SerotoninDisplacement => new()
    {
        Id = "h7777-5ht-displacement",
        Kind = AssayKind.DisplacementProtection,
        Setting = AssaySetting.InVivo,
        Species = FactsData.List(Species.Rat),
        Tissue = "brain",
        Description = "Protection against H 77/77 (4,α-dimethyl-meta-tyramine)-induced displacement of brain 5-HT",
    };

    /// <summary>P2: protection against H 77/77-induced noradrenaline displacement, rat and mouse brain, in vivo.</summary>
    public static Assay H7777NoradrenalineDisplacement => new()
    {
        Id = "h7777-noradrenaline-displacement",
        Kind = AssayKind.DisplacementProtection,
        Setting = AssaySetting.InVivo,
        Species = FactsData.List(Species.Rat, Species.Mouse),
        Tissue = "brain",
        Description = "Protection against H 77/77 (4,α-dimethyl-meta-tyramine)-induced displacement of brain noradrenaline",
    };

    /// <summary>P3a, P3b: pressor response to 5-HT, pithed rat, in vivo.</summary>
    public static Assay PithedRatPressor => new()
    {
        Id = "pithed-rat-5ht-pressor",
        Kind = AssayKind.PressorResponse,
        Setting = AssaySetting.InVivo,
        Species = FactsData.List(Species.Rat),
        Description = "Pressor response to 5-HT in the pithed rat",
    };

    /// <summary>P4: inhibition of ¹⁴C-5-HT uptake into platelets, healthy volunteers, ex vivo, single oral dose.</summary>
    public static Assay PlateletUptake => new()
    {
        Id = "platelet-5ht-uptake",
        Kind = AssayKind.UptakeInhibition,
        Setting = AssaySetting.ExVivo,
        Species = FactsData.List(Species.Human),
        Tissue = "platelets",
        Description = "Inhibition of ¹⁴C-5-HT uptake into platelets of healthy volunteers, ex vivo, after a single oral dose",
    };

    /// <summary>P5: systolic pressor response to i.v. tyramine and noradrenaline, human, in vivo.</summary>
    public static Assay TyramineNoradrenalinePressor => new()
    {
        Id = "tyramine-noradrenaline-pressor",
        Kind = AssayKind.PressorResponse,
        Setting = AssaySetting.InVivo,
        Species = FactsData.List(Species.Human),
        Description = "Systolic pressor response to i.v. tyramine and noradrenaline",
    };

    /// <summary>P6: phenylephrine dose raising systolic pressure by 40 mm Hg, human, in vivo.</summary>
    public static Assay PhenylephrinePressorDose => new()
    {
        Id = "phenylephrine-pressor-dose",
        Kind = AssayKind.PressorResponse,
        Setting = AssaySetting.InVivo,
        Species = FactsData.List(Species.Human),
        Description = "Phenylephrine dose raising systolic pressure by 40 mm Hg",
    };

    /// <summary>P7: [3H]cyanoimipramine radioligand binding, rat brain (in vitro: binding to brain tissue).</summary>
    public static Assay CyanoimipramineBinding => new()
    {
        Id = "cyanoimipramine-binding",
        Kind = AssayKind.RadioligandBinding,
        Setting = AssaySetting.InVitro,
        Species = FactsData.List(Species.Rat),
        Tissue = "brain",
        Description = "[3H]cyanoimipramine radioligand binding, rat brain",
    };
}
