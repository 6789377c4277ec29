// ByteReader.swift — bounds-checked little-endian reads from a file's bytes.
//
// Every read checks its range and throws `LinkError.malformed` naming the file and what was
// being read, so malformed input is an error, never a crash.

/// Reads fixed-width little-endian integers and strings from an immutable byte array.
struct ByteReader {
    let bytes: [UInt8]
    let file: String

    var count: Int { bytes.count }

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
        return bytes[Int(offset)]
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
        String(decoding: bytes[try stringRange(at: offset, in: table, what())], as: UTF8.self)
    }

    /// Where the NUL-terminated string at `offset` of `table` lies (without its NUL).
    func stringRange(at offset: UInt64, in table: Range<Int>, _ what: @autoclosure () -> String) throws(LinkError) -> Range<Int> {
        guard offset < UInt64(table.count) else {
            throw LinkError.malformed(file: file, detail: "\(what()): name offset \(offset) outside its string table (\(table.count) bytes)")
        }
        let start = table.lowerBound + Int(offset)
        guard let end = bytes[start..<table.upperBound].firstIndex(of: 0) else {
            throw LinkError.malformed(file: file, detail: "\(what()): name at offset \(offset) is not NUL-terminated")
        }
        return start..<end
    }
}

extension String {
    /// Whether the string's bytes start with `prefix`'s: names in object files are bytes, so no
    /// Unicode-aware comparison (which `hasPrefix` makes) is needed.
    func startsWithBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the string's bytes end with `suffix`'s.
    func endsWithBytes(_ suffix: String) -> Bool {
        guard utf8.last == suffix.utf8.last, utf8.count >= suffix.utf8.count else { return false }
        return utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }
}
