using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Validation;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>
/// The decoder emitted into every generated type: the same text for every dataset, reading the stream that
/// <c>DatasetEmitter.Entities.cs</c> writes, field for field, in the same order. Object initialisers evaluate their
/// members left to right, so each initialiser below reads its fields in the order the encoder wrote them.
/// </summary>
internal sealed partial class DatasetEmitter
{
    private const string DecoderTemplate = """
        /// <summary>
        /// The string table, decoded on first use and then shared by every dataset built (strings are immutable, as
        /// literals are); a race at most decodes it twice.
        /// </summary>
        private static string[]? strings;

        /// <summary>Decodes the data and builds the dataset and its indexes.</summary>
        internal static global::Cianopramine.Data.Dataset Build()
        {
            var r = new Reader(global::System.MemoryExtensions.AsSpan(Data));
            var references = new M.Reference[r.Int()];
            var compounds = new M.Compound[r.Int()];
            var targets = new M.Target[r.Int()];
            var assays = new M.Assay[r.Int()];
            var results = new M.AssayResult[r.Int()];
            var transformations = new M.MetabolicTransformation[r.Int()];
            var mechanisms = new M.MechanismStatement[r.Int()];
            var gaps = new M.DataGap[r.Int()];
            r.S = strings ??= ReadStrings();
            r.R = references;
            r.C = compounds;
            r.T = targets;
            r.A = assays;
            for (var i = 0; i < references.Length; i++)
            {
                references[i] = Reference(ref r);
            }

            r.L = ReadReferenceLists(references);

            for (var i = 0; i < compounds.Length; i++)
            {
                compounds[i] = Compound(ref r);
            }

            for (var i = 0; i < targets.Length; i++)
            {
                targets[i] = Target(ref r);
            }

            for (var i = 0; i < assays.Length; i++)
            {
                assays[i] = Assay(ref r);
            }

            for (var i = 0; i < results.Length; i++)
            {
                results[i] = Result(ref r);
            }

            for (var i = 0; i < transformations.Length; i++)
            {
                transformations[i] = Transformation(ref r);
            }

            for (var i = 0; i < mechanisms.Length; i++)
            {
                mechanisms[i] = Mechanism(ref r);
            }

            for (var i = 0; i < gaps.Length; i++)
            {
                gaps[i] = Gap(ref r);
            }

            var metadata = new M.DatasetMetadata
            {
                {metadata}
                Sources = References(ref r),
                ContentHash = ContentHash,
            };
            return new global::Cianopramine.Data.Dataset(
                metadata, Own(references), Own(compounds), Own(targets), Own(assays), Own(results), Own(transformations), Own(mechanisms), Own(gaps));
        }

        private static M.Reference Reference(ref Reader r) => new M.Reference
        {
            Id = r.String(),
            Kind = ReferenceKinds[r.Int()],
            Title = r.OptionalString(),
            Authors = StringList(ref r),
            AuthorsTruncated = r.Bool(),
            Journal = r.OptionalString(),
            Publisher = r.OptionalString(),
            Year = r.OptionalInt(),
            Month = r.OptionalInt(),
            Volume = r.OptionalString(),
            Issue = r.OptionalString(),
            Pages = r.OptionalString(),
            CatalogueNumber = r.OptionalString(),
            Pmid = r.OptionalString() is { } pmid ? M.Identifiers.Pmid.Parse(pmid) : null,
            Doi = r.OptionalString() is { } doi ? M.Identifiers.Doi.Parse(doi) : null,
            Url = r.OptionalString(),
            Website = r.OptionalString(),
            Status = ReferenceStatuses[r.Int()],
            Notes = Notes(ref r),
        };

        private static M.Compound Compound(ref Reader r) => new M.Compound
        {
            Id = r.String(),
            Name = r.String(),
            Role = CompoundRoles[r.Int()],
            Class = r.OptionalString(),
            Synonyms = Synonyms(ref r),
            Identifiers = r.Bool() ? Identifiers(ref r) : M.CompoundIdentifiers.None,
            Structure = r.Bool() ? Structure(ref r) : null,
            Relations = CompoundRelations(ref r),
            References = References(ref r),
            Notes = Notes(ref r),
        };

        private static M.ValueArray<M.Synonym> Synonyms(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.Synonym[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new M.Synonym { Text = r.String(), Kind = SynonymKinds[r.Int()], References = References(ref r) };
            }

            return Own(items);
        }

        private static M.CompoundIdentifiers Identifiers(ref Reader r) => new M.CompoundIdentifiers
        {
            PubChemCid = r.Bool() ? new M.Identifiers.PubChemCid((long)r.Next()) : null,
            ChemblId = r.OptionalString() is { } chembl ? M.Identifiers.ChemblId.Parse(chembl) : null,
            DrugBankId = r.OptionalString() is { } drugBank ? M.Identifiers.DrugBankId.Parse(drugBank) : null,
            Cas = r.OptionalString() is { } cas ? M.Identifiers.CasNumber.Parse(cas) : null,
        };

        private static M.StructureDescriptors Structure(ref Reader r) => new M.StructureDescriptors
        {
            Provenance = Provenances[r.Int()],
            Method = r.OptionalString(),
            Smiles = r.OptionalString(),
            Formula = r.OptionalString(),
            AverageMass = r.Bool() ? r.Double() : null,
            MonoisotopicMass = r.Bool() ? r.Double() : null,
            InChIKey = r.OptionalString() is { } key ? M.Identifiers.InChIKey.Parse(key) : null,
            References = References(ref r),
        };

        private static M.ValueArray<M.CompoundRelation> CompoundRelations(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.CompoundRelation[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new M.CompoundRelation
                {
                    Kind = RelationKinds[r.Int()],
                    CompoundId = r.String(),
                    Description = r.OptionalString(),
                    References = References(ref r),
                };
            }

            return Own(items);
        }

        private static M.Target Target(ref Reader r) => new M.Target
        {
            Id = r.String(),
            Symbol = r.String(),
            Name = r.String(),
            Kind = TargetKinds[r.Int()],
            Gene = r.OptionalString(),
            Accessions = Accessions(ref r),
            Classifications = Classifications(ref r),
            References = References(ref r),
            Notes = Notes(ref r),
        };

        private static M.ValueArray<M.TargetClassification> Classifications(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.TargetClassification[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new M.TargetClassification
                {
                    Symbol = r.String(),
                    Gene = r.OptionalString(),
                    Accessions = Accessions(ref r),
                    Text = r.String(),
                    References = References(ref r),
                };
            }

            return Own(items);
        }

        private static M.ValueArray<M.TargetAccession> Accessions(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.TargetAccession[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new M.TargetAccession { Database = Databases[r.Int()], Value = r.String(), Species = Optional(r.Int(), SpeciesValues) };
            }

            return Own(items);
        }

        private static M.Assay Assay(ref Reader r) => new M.Assay
        {
            Id = r.String(),
            Kind = AssayKinds[r.Int()],
            Setting = Settings[r.Int()],
            Species = EnumList(ref r, SpeciesValues),
            Tissue = r.OptionalString(),
            Description = r.String(),
        };

        private static M.AssayResult Result(ref Reader r) => new M.AssayResult
        {
            Id = r.String(),
            Compound = r.C[r.Int()],
            Target = r.T[r.Int()],
            Assay = r.A[r.Int()],
            Conditions = r.Bool() ? Conditions(ref r) : M.Conditions.None,
            Value = Value(ref r),
            Action = Optional(r.Int(), Actions),
            References = References(ref r),
            Notes = Notes(ref r),
        };

        private static M.Conditions Conditions(ref Reader r) => new M.Conditions
        {
            Dose = r.Bool() ? new M.Dose { Relation = RelationOperators[r.Int()], Amount = new U.Quantity(r.Decimal(), Units[r.Int()]), Route = Optional(r.Int(), Routes) } : null,
            TimeAfterDose = r.Bool() ? new U.Quantity(r.Decimal(), Units[r.Int()]) : null,
            Text = r.OptionalString(),
        };

        private static M.ResultValue Value(ref Reader r)
        {
            switch (r.Int())
            {
                case 0:
                    return new M.QuantitativeValue
                    {
                        Parameter = Parameters[r.Int()],
                        Relation = RelationOperators[r.Int()],
                        Magnitude = new U.Quantity(r.Decimal(), Units[r.Int()]),
                        Spread = r.Bool() ? new M.Spread(r.Decimal(), SpreadKinds[r.Int()]) : null,
                    };
                case 1:
                    return new M.QualitativeValue { Text = r.String(), Category = Categories[r.Int()] };
                default:
                    return new M.ComparativeValue
                    {
                        ComparedTo = r.C[r.Int()],
                        Direction = Directions[r.Int()],
                        Magnitude = r.OptionalString(),
                        Text = r.OptionalString(),
                    };
            }
        }

        private static M.MetabolicTransformation Transformation(ref Reader r) => new M.MetabolicTransformation
        {
            Id = r.String(),
            Substrate = r.C[r.Int()],
            Product = r.C[r.Int()],
            Reaction = Reactions[r.Int()],
            EnzymeEvidence = EnzymeEvidences[r.Int()],
            Enzymes = StringList(ref r),
            Species = Optional(r.Int(), SpeciesValues),
            Setting = Optional(r.Int(), Settings),
            ProductActive = r.Int() switch { 0 => null, 1 => false, _ => true },
            References = References(ref r),
            Notes = Notes(ref r),
        };

        private static M.MechanismStatement Mechanism(ref Reader r) => new M.MechanismStatement
        {
            Id = r.String(),
            Compound = r.Int() is var compound && compound > 0 ? r.C[compound - 1] : null,
            Scope = r.OptionalString(),
            Targets = TargetList(ref r),
            Action = Actions[r.Int()],
            IsPrimary = r.Bool(),
            Text = r.String(),
            References = References(ref r),
            Notes = Notes(ref r),
        };

        private static M.DataGap Gap(ref Reader r) => new M.DataGap
        {
            Id = r.String(),
            Text = r.String(),
            Compounds = CompoundList(ref r),
            Targets = TargetList(ref r),
            Parameters = EnumList(ref r, Parameters),
            Setting = Optional(r.Int(), Settings),
            References = References(ref r),
        };

        private static M.ValueArray<M.CurationNote> Notes(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.CurationNote[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new M.CurationNote { Kind = NoteKinds[r.Int()], Id = r.OptionalString(), Text = r.String() };
            }

            return Own(items);
        }

        private static M.ValueArray<M.Reference> References(ref Reader r) => r.L[r.Int()];

        /// <summary>The distinct reference lists, built once each and shared (index 0 is the empty list).</summary>
        private static M.ValueArray<M.Reference>[] ReadReferenceLists(M.Reference[] references)
        {
            var r = new Reader(global::System.MemoryExtensions.AsSpan(ReferenceLists));
            var lists = new M.ValueArray<M.Reference>[r.Int() + 1];
            for (var i = 1; i < lists.Length; i++)
            {
                var items = new M.Reference[r.Int()];
                for (var k = 0; k < items.Length; k++)
                {
                    items[k] = references[r.Int()];
                }

                lists[i] = M.ValueArray<M.Reference>.FromOwnedArray(items);
            }

            return lists;
        }

        private static M.ValueArray<M.Compound> CompoundList(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.Compound[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = r.C[r.Int()];
            }

            return Own(items);
        }

        private static M.ValueArray<M.Target> TargetList(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new M.Target[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = r.T[r.Int()];
            }

            return Own(items);
        }

        private static M.ValueArray<string> StringList(ref Reader r)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new string[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = r.String();
            }

            return Own(items);
        }

        private static M.ValueArray<T> EnumList<T>(ref Reader r, T[] table)
        {
            var count = r.Int();
            if (count == 0)
            {
                return default;
            }

            var items = new T[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = table[r.Int()];
            }

            return Own(items);
        }

        private static T? Optional<T>(int code, T[] table)
            where T : struct => code == 0 ? null : table[code - 1];

        private static M.ValueArray<T> Own<T>(T[] items) =>
            items.Length == 0 ? default : M.ValueArray<T>.FromOwnedArray(items);

        /// <summary>The string table: per block, each string's UTF-8 length (or, for text that is not well-formed UTF-16, its code units).</summary>
        private static string[] ReadStrings()
        {
            var r = new Reader(global::System.MemoryExtensions.AsSpan(StringLengths));
            var strings = new string[r.Int()];
            var counts = new int[r.Int()];
            for (var b = 0; b < counts.Length; b++)
            {
                counts[b] = r.Int();
            }

            var k = 0;
            for (var b = 0; b < counts.Length; b++)
            {
                var block = StringBlock(b);
                var position = 0;
                for (var i = 0; i < counts[b]; i++)
                {
                    var code = r.Int();
                    if ((code & 1) == 0)
                    {
                        var length = code >> 1;
                        strings[k++] = global::System.Text.Encoding.UTF8.GetString(block.Slice(position, length));
                        position += length;
                    }
                    else
                    {
                        var chars = new char[code >> 1];
                        for (var c = 0; c < chars.Length; c++)
                        {
                            chars[c] = (char)r.Int();
                        }

                        strings[k++] = new string(chars);
                    }
                }
            }

            return strings;
        }

        /// <summary>
        /// Reads the stream: unsigned integers in 13-bit digits, least significant first, one character each; U+4000 +
        /// digit ends a number, U+6000 + digit continues it; anything below U+4000 (a line break) is skipped.
        /// </summary>
        private ref struct Reader
        {
            private readonly global::System.ReadOnlySpan<char> _data;
            private int _position;

            public Reader(global::System.ReadOnlySpan<char> data)
            {
                _data = data;
                _position = 0;
                S = global::System.Array.Empty<string>();
                R = global::System.Array.Empty<M.Reference>();
                C = global::System.Array.Empty<M.Compound>();
                T = global::System.Array.Empty<M.Target>();
                A = global::System.Array.Empty<M.Assay>();
                L = global::System.Array.Empty<M.ValueArray<M.Reference>>();
            }

            public string[] S;
            public M.Reference[] R;
            public M.Compound[] C;
            public M.Target[] T;
            public M.Assay[] A;
            public M.ValueArray<M.Reference>[] L;

            public ulong Next()
            {
                int first = _data[_position++];
                if ((uint)(first - 0x4000) < 0x2000)
                {
                    return (ulong)(first - 0x4000); // one digit: almost every number
                }

                _position--;
                ulong value = 0;
                var shift = 0;
                while (true)
                {
                    int c = _data[_position++];
                    if (c >= 0x6000)
                    {
                        value |= (ulong)(c - 0x6000) << shift;
                        shift += 13;
                    }
                    else if (c >= 0x4000)
                    {
                        return value | ((ulong)(c - 0x4000) << shift);
                    }
                }
            }

            public int Int() => (int)Next();

            public bool Bool() => Next() != 0;

            public string String() => S[Int()];

            public string? OptionalString()
            {
                var index = Int();
                return index == 0 ? null : S[index - 1];
            }

            public int? OptionalInt()
            {
                if (!Bool())
                {
                    return null;
                }

                var zigZag = Next();
                return (int)((long)(zigZag >> 1) ^ -(long)(zigZag & 1));
            }

            public decimal Decimal()
            {
                var head = Int();
                var low = Next();
                var high = (uint)Next();
                return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, (head & 1) != 0, (byte)(head >> 1));
            }

            public double Double() => global::System.BitConverter.Int64BitsToDouble((long)Next());
        }
        """;

    /// <summary>Writes the decoder and the tables that map each enumeration's ordinal to the model's member.</summary>
    private void WriteDecoder()
    {
        // The manifest is written as C#, not encoded: the generated file says which dataset and version it holds.
        var manifest = _spec.Manifest;
        foreach (var line in DecoderTemplate.Replace("M.", M).Replace("U.", U).Split('\n'))
        {
            if (line.Trim() == "{metadata}")
            {
                var indent = line.Substring(0, line.IndexOf('{'));
                _w.Line(indent + "Id = " + Literal.String(manifest.Id.Value) + ",");
                _w.Line(indent + "Title = " + Literal.String(manifest.Title) + ",");
                _w.Line(indent + "Version = " + Literal.String(manifest.Version) + ",");
                _w.Line(indent + "Description = " + Literal.String(manifest.Description) + ",");
                continue;
            }

            _w.Line(line.TrimEnd('\r'));
        }

        _w.Line();
        Table<ReferenceKind>("ReferenceKind", "ReferenceKinds");
        Table<ReferenceStatus>("ReferenceStatus", "ReferenceStatuses");
        Table<CurationNoteKind>("CurationNoteKind", "NoteKinds");
        Table<SynonymKind>("SynonymKind", "SynonymKinds");
        Table<CompoundRole>("CompoundRole", "CompoundRoles");
        Table<ValueProvenance>("ValueProvenance", "Provenances");
        Table<CompoundRelationKind>("CompoundRelationKind", "RelationKinds");
        Table<TargetKind>("TargetKind", "TargetKinds");
        Table<AccessionDatabase>("AccessionDatabase", "Databases");
        Table<Species>("Species", "SpeciesValues");
        Table<AssayKind>("AssayKind", "AssayKinds");
        Table<AssaySetting>("AssaySetting", "Settings");
        Table<PharmacologicalAction>("PharmacologicalAction", "Actions");
        Table<ActivityParameter>("ActivityParameter", "Parameters");
        Table<Relation>(U + "Relation", "RelationOperators");
        Table<SpreadKind>("SpreadKind", "SpreadKinds");
        Table<QualitativeCategory>("QualitativeCategory", "Categories");
        Table<ComparativeDirection>("ComparativeDirection", "Directions");
        Table<Route>("Route", "Routes");
        Table<Reaction>("Reaction", "Reactions");
        Table<Unit>(U + "Unit", "Units");
        Table<EnzymeEvidence>("EnzymeEvidence", "EnzymeEvidences");
        _w.Line();
    }

    /// <summary>
    /// <c>private static readonly Model[] Name = { Model.A, Model.B, … };</c> indexed by the spec enumeration's ordinal.
    /// The members are named, not numbered, so a model enumeration in another order still maps correctly and a missing
    /// member is a compile error in the generated code (and in EmitterTests).
    /// </summary>
    private void Table<TSpec>(string modelType, string name, Func<string, string>? map = null)
        where TSpec : struct, Enum
    {
        var type = modelType.StartsWith("global::", StringComparison.Ordinal) ? modelType : M + modelType;
        var members = new List<string>();
        var ordinal = 0;
        foreach (TSpec value in Enum.GetValues(typeof(TSpec)))
        {
            if (Convert.ToInt32(value, CultureInfo.InvariantCulture) != ordinal++)
            {
                throw new InvalidOperationException(typeof(TSpec).Name + " is not numbered 0, 1, 2 …; the compact form writes ordinals.");
            }

            var member = value.ToString();
            members.Add(type + "." + (map is null ? member : map(member)));
        }

        _w.Line("private static readonly " + type + "[] " + name + " = { " + string.Join(", ", members) + " };");
    }
}
