// ByteReader.swift — bounds-checked little-endian reads from a file's bytes.
//
// Every read checks its range and throws `LinkError.malformed` naming the file and what was
// being read, so malformed input is an error, never a crash.

import Glibc

/// Reads fixed-width little-endian integers and strings from a file's immutable bytes. Offsets
/// are from the file's start, wherever its bytes lie (an archive member's are a slice of the
/// archive).
struct ByteReader {
    let bytes: ArraySlice<UInt8>
    let file: String

    var count: Int { bytes.count }

    /// The byte at `offset` (which must lie inside the file).
    subscript(offset: Int) -> UInt8 { bytes[bytes.startIndex + offset] }

    /// The bytes at `range` (which must lie inside the file).
    subscript(range: Range<Int>) -> ArraySlice<UInt8> { bytes[(bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)] }

    /// Throws unless `offset..<offset+length` lies inside the bytes.
    func require(_ offset: UInt64, _ length: UInt64, _ what: @autoclosure () -> String) throws(LinkError) {
        let (end, overflow) = offset.addingReportingOverflow(length)
        guard !overflow, end <= UInt64(bytes.count) else {
            throw LinkError.malformed(file: file, detail: "\(what()) at offset \(offset) (+\(length)) lies outside the file (\(bytes.count) bytes)")
        }
    }

    @inline(__always)
    func uncheckedInteger<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    func u8(_ offset: UInt64, _ what: @autoclosure () -> String) throws(LinkError) -> UInt8 {
        try require(offset, 1, what())
        return self[Int(offset)]
    }

    func u16(_ offset: UInt64, _ what: @autoclosure () -> String) throws(LinkError) -> UInt16 {
        try require(offset, 2, what())
        return uncheckedInteger(UInt16.self, at: Int(offset))
    }

    func u32(_ offset: UInt64, _ what: @autoclosure () -> String) throws(LinkError) -> UInt32 {
        try require(offset, 4, what())
        return uncheckedInteger(UInt32.self, at: Int(offset))
    }

    func u64(_ offset: UInt64, _ what: @autoclosure () -> String) throws(LinkError) -> UInt64 {
        try require(offset, 8, what())
        return uncheckedInteger(UInt64.self, at: Int(offset))
    }

    /// The NUL-terminated string starting at `offset` inside `table` (a range of the bytes).
    func string(at offset: UInt64, in table: Range<Int>, _ what: @autoclosure () -> String) throws(LinkError) -> String {
        String(decoding: self[try stringRange(at: offset, in: table, what())], as: UTF8.self)
    }

    /// Where the NUL-terminated string at `offset` of `table` lies (without its NUL).
    func stringRange(at offset: UInt64, in table: Range<Int>, _ what: @autoclosure () -> String) throws(LinkError) -> Range<Int> {
        guard offset < UInt64(table.count) else {
            throw LinkError.malformed(file: file, detail: "\(what()): name offset \(offset) outside its string table (\(table.count) bytes)")
        }
        let start = table.lowerBound + Int(offset)
        let end = bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let nul = memchr(base + start, 0, table.upperBound - start) else { return nil }
            return UnsafeRawPointer(nul) - base
        }
        guard let end else {
            throw LinkError.malformed(file: file, detail: "\(what()): name at offset \(offset) is not NUL-terminated")
        }
        return start..<end
    }
}

/// The bytes of a name in an object file (a section's or a symbol's, without its NUL), compared
/// with ASCII literals byte by byte: no `String` is made to recognise a special name.
struct NameBytes {
    let bytes: UnsafeRawBufferPointer

    /// Whether the name starts with `prefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where bytes[index] != start[index] { return false }
        return true
    }

    /// Whether the name ends with `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = suffix.utf8Start, offset = bytes.count - count
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }

    /// Whether the name is exactly `name`.
    func equals(_ name: StaticString) -> Bool { bytes.count == name.utf8CodeUnitCount && hasPrefix(name) }

    /// The name read as a decimal number, if it is one (digits only, at most 18 of them).
    var decimal: Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The name after its first `count` bytes.
    func dropFirst(_ count: Int) -> NameBytes { NameBytes(bytes: UnsafeRawBufferPointer(rebasing: bytes[min(count, bytes.count)...])) }
}

extension ByteReader {
    /// Runs `body` on the bytes of the name at `range` (from `stringRange`).
    func withName<Result>(_ range: Range<Int>, _ body: (NameBytes) -> Result) -> Result {
        bytes.withUnsafeBytes { body(NameBytes(bytes: UnsafeRawBufferPointer(rebasing: $0[range]))) }
    }
}
