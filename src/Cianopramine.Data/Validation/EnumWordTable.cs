using System;
using System.Collections.Generic;

namespace Cianopramine.Data.Validation;

/// <summary>
/// The JSON words of one enumeration: parsing (ordinal, case-sensitive) and writing. The first word given for a
/// value is the one written; later words for the same value are accepted aliases (e.g. <c>≤</c> for <c>&lt;=</c>).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class EnumWordTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> _byValue = new();
    private readonly List<string> _canonicalWords = new();

    /// <summary>Creates a table.</summary>
    /// <param name="description">What the enumeration is, for messages, e.g. <c>reference kind</c>.</param>
    /// <param name="entries">Word and value pairs; the first word of each value is its canonical spelling.</param>
    public EnumWordTable(string description, params (string Word, TEnum Value)[] entries)
    {
        Description = description;
        foreach (var (word, value) in entries)
        {
            _byWord.Add(word, value);
            if (!_byValue.ContainsKey(value))
            {
                _byValue.Add(value, word);
                _canonicalWords.Add(word);
            }
        }

        Expected = string.Join(", ", _canonicalWords);
    }

    /// <summary>What the enumeration is, for messages.</summary>
    public string Description { get; }

    /// <summary>The canonical words separated by commas, for messages.</summary>
    public string Expected { get; }

    /// <summary>The canonical words in declaration order.</summary>
    public IReadOnlyList<string> Words => _canonicalWords;

    /// <summary>Parses a JSON word.</summary>
    /// <param name="word">The word, exactly as written (case-sensitive).</param>
    /// <param name="value">The value, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryParse(string word, out TEnum value) => _byWord.TryGetValue(word, out value);

    /// <summary>The canonical JSON word of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public string ToWord(TEnum value) =>
        _byValue.TryGetValue(value, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(value));

    /// <summary>The canonical JSON word of a value, or <see langword="null"/>.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The word, or <see langword="null"/>.</returns>
    public string? ToWordOrNull(TEnum? value) => value is { } v ? ToWord(v) : null;
}
