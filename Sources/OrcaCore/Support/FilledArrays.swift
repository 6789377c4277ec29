// FilledArrays.swift — arrays of one repeated value, made without the standard library's
// generic allocation path.
//
// `Array(repeating:count:)` allocates through an entry point of the standard library that looks
// the array's storage type up at run time on every call (several hundred instructions, more than
// the rest of a small array's work). Reserving and appending goes through code specialized for
// the element type instead.

extension Array {
    /// `count` copies of `value`.
    @inlinable
    package static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        for _ in 0..<count { array.append(value) }
        return array
    }
}
