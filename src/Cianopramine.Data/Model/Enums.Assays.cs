namespace Cianopramine.Data.Model;

/// <summary>What an assay measures.</summary>
public enum AssayKind
{
    /// <summary>Inhibition of transmitter uptake (5-HT uptake into synaptosomes or platelets).</summary>
    UptakeInhibition,

    /// <summary>Protection against a releasing agent's displacement of a transmitter (the H 77/77 test).</summary>
    DisplacementProtection,

    /// <summary>Binding of a radiolabelled ligand.</summary>
    RadioligandBinding,

    /// <summary>A response of an isolated tissue (contraction of the rat stomach fundus strip).</summary>
    FunctionalTissueResponse,

    /// <summary>A blood-pressure response to an agonist.</summary>
    PressorResponse,

    /// <summary>Inhibition of an enzyme.</summary>
    EnzymeInhibition,

    /// <summary>Any other assay.</summary>
    Other,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>The experimental setting of an assay.</summary>
public enum AssaySetting
{
    /// <summary>In vitro (cells, membranes, synaptosomes).</summary>
    InVitro,

    /// <summary>In a living organism.</summary>
    InVivo,

    /// <summary>On material taken from an organism after dosing (platelets after an oral dose).</summary>
    ExVivo,

    /// <summary>On an isolated organ or tissue strip.</summary>
    IsolatedTissue,

    /// <summary>The source does not state it (the property was left out of the file); nothing is assumed.</summary>
    NotStated,
}

/// <summary>A pharmacological action of a compound at a target.</summary>
public enum PharmacologicalAction
{
    /// <summary>Inhibits the target's function (an uptake inhibitor).</summary>
    Inhibitor,

    /// <summary>Blocks an agonist's effect at a receptor.</summary>
    Antagonist,

    /// <summary>Activates a receptor.</summary>
    Agonist,

    /// <summary>Blocks a response (mechanism not stated).</summary>
    Blocker,

    /// <summary>Enhances a response.</summary>
    Potentiator,

    /// <summary>Binds the target (a radioligand).</summary>
    Ligand,

    /// <summary>Leads, with time, to the target's desensitisation.</summary>
    Desensitisation,

    /// <summary>Has no effect in the assay.</summary>
    NoEffect,
}

/// <summary>The route of administration of a dose.</summary>
public enum Route
{
    /// <summary>By mouth.</summary>
    Oral,

    /// <summary>Into a vein.</summary>
    Intravenous,

    /// <summary>Into the peritoneal cavity.</summary>
    Intraperitoneal,

    /// <summary>Under the skin.</summary>
    Subcutaneous,

    /// <summary>Into a muscle.</summary>
    Intramuscular,

    /// <summary>Added to an organ bath or incubation medium.</summary>
    InVitroBath,
}
