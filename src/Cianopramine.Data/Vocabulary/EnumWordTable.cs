using System;
using System.Collections.Generic;

namespace Cianopramine.Data.Vocabulary;

/// <summary>
/// The words of one enumeration, and the only place they are written: the JSON word (read and written by the data
/// files and the CSV export) and the display word (<c>ToString</c>, text reports and HTML). Parsing is ordinal and
/// case-sensitive. A value may have alias words that are accepted when reading and never written (<c>≤</c> for
/// <c>&lt;=</c>, <c>µM</c> for <c>uM</c>).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class EnumWordTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, (string Word, string Display)> _byValue = new();
    private readonly List<string> _canonicalWords = new();
    private readonly List<string> _acceptedWords = new();

    /// <summary>Creates a table.</summary>
    /// <param name="description">What the enumeration is, for messages, e.g. <c>reference kind</c>.</param>
    /// <param name="entries">Every value once, in declaration order: its JSON word and its display word.</param>
    public EnumWordTable(string description, params (string Word, TEnum Value, string Display)[] entries)
    {
        Description = description;
        ExpectedType = "a string (" + description + ")";
        foreach (var (word, value, display) in entries)
        {
            _byWord.Add(word, value);
            _byValue.Add(value, (word, display));
            _canonicalWords.Add(word);
            _acceptedWords.Add(word);
        }

        Expected = string.Join(", ", _canonicalWords);
        EnumWords.Register(this);
    }

    /// <summary>What the enumeration is, for messages.</summary>
    public string Description { get; }

    /// <summary>The JSON type a wrong-type message expects, e.g. <c>a string (reference kind)</c>; made once, not per value read.</summary>
    public string ExpectedType { get; }

    /// <summary>The canonical words separated by commas, for messages.</summary>
    public string Expected { get; }

    /// <summary>The canonical JSON words in declaration order.</summary>
    public IReadOnlyList<string> Words => _canonicalWords;

    /// <summary>Every word read as a value: the canonical words, then the aliases, each in declaration order.</summary>
    public IReadOnlyList<string> AcceptedWords => _acceptedWords;

    /// <summary>Adds words that are read as a value but never written.</summary>
    /// <param name="aliases">Word and value pairs.</param>
    /// <returns>This table.</returns>
    public EnumWordTable<TEnum> Accepting(params (string Word, TEnum Value)[] aliases)
    {
        foreach (var (word, value) in aliases)
        {
            _byWord.Add(word, value);
            _acceptedWords.Add(word);
        }

        return this;
    }

    /// <summary>Parses a JSON word.</summary>
    /// <param name="word">The word, exactly as written (case-sensitive).</param>
    /// <param name="value">The value, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryParse(string word, out TEnum value) => _byWord.TryGetValue(word, out value);

    /// <summary>The canonical JSON word of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of the enumeration.</exception>
    public string ToWord(TEnum value) => Find(value).Word;

    /// <summary>The canonical JSON word of a value, or <see langword="null"/>.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The word, or <see langword="null"/>.</returns>
    public string? ToWordOrNull(TEnum? value) => value is { } v ? ToWord(v) : null;

    /// <summary>The canonical JSON word of a value, if it is a member of the enumeration.</summary>
    /// <param name="value">The value.</param>
    /// <param name="word">The word, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the value is a member.</returns>
    public bool TryToWord(TEnum value, out string word)
    {
        var found = _byValue.TryGetValue(value, out var words);
        word = words.Word;
        return found;
    }

    /// <summary>
    /// The word for people: <c>parent drug</c>, <c>% inhibition</c>, <c>µM</c>, <c>≤</c>. A value outside the
    /// enumeration (a cast integer) is shown as its number, so that describing a query never fails.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The display word.</returns>
    public string ToDisplay(TEnum value) => _byValue.TryGetValue(value, out var words) ? words.Display : value.ToString();

    private (string Word, string Display) Find(TEnum value) =>
        _byValue.TryGetValue(value, out var words) ? words : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a member of the enumeration.");
}
