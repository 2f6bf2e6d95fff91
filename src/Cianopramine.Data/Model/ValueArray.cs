using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Cianopramine.Data.Model;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal items in the same order.
/// </summary>
/// <remarks>
/// Records in this library use <see cref="ValueArray{T}"/> instead of <see cref="ImmutableArray{T}"/> so that
/// record equality compares contents, not array references. The default value is an empty array.
/// This file is also compiled into the source generator, where it keeps pipeline models equatable.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? _items;

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    internal ValueArray(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        var copy = new List<T>(items).ToArray();
        _items = copy.Length == 0 ? null : copy;
    }

    private ValueArray(T[] items, bool _) => _items = items.Length == 0 ? null : items;

    /// <summary>An empty array.</summary>
    internal static ValueArray<T> Empty => default;

    /// <summary>Creates an array from the given items.</summary>
    /// <param name="items">The items, in order; the array is copied.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    internal static ValueArray<T> Create(params T[] items) =>
        items is null ? throw new ArgumentNullException(nameof(items)) : new ValueArray<T>((T[])items.Clone(), true);

    /// <summary>
    /// Wraps an array that the caller promises never to change again, without copying it.
    /// Used by generated code and by builders that own the array they pass.
    /// </summary>
    /// <param name="items">The items; ownership passes to the new value.</param>
    /// <returns>The wrapping array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    internal static ValueArray<T> FromOwnedArray(T[] items) =>
        items is null ? throw new ArgumentNullException(nameof(items)) : new ValueArray<T>(items, true);

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array has no items.</summary>
    public bool IsEmpty => _items is null;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not less than <see cref="Count"/>, or negative.</exception>
    public T this[int index] => (uint)index < (uint)Count ? _items![index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The items as a read-only span, without copying.</summary>
    /// <returns>A span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();

    /// <summary>Whether both arrays hold equal items in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when the contents are equal.</returns>
    public bool Equals(ValueArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            if (_items is not null)
            {
                var comparer = EqualityComparer<T>.Default;
                foreach (var item in _items)
                {
                    hash = (hash * 31) + (item is null ? 0 : comparer.GetHashCode(item));
                }
            }

            return hash;
        }
    }

    /// <summary>Lists the items, for debugging and display.</summary>
    /// <returns>The items separated by commas, in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", _items ?? Array.Empty<T>()) + "]";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the contents are equal.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when the contents differ.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Copies an immutable array into a value array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) =>
        items.IsDefaultOrEmpty ? default : new ValueArray<T>(System.Linq.ImmutableArrayExtensions.ToArray(items), true);

    /// <summary>A non-allocating enumerator over a <see cref="ValueArray{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[]? _items;
        private int _index;

        internal Enumerator(T[]? items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items![_index];

        /// <summary>Advances to the next item.</summary>
        /// <returns><see langword="false"/> at the end.</returns>
        public bool MoveNext() => _items is not null && ++_index < _items.Length;
    }
}
