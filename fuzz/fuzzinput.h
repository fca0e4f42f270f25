#pragma once
// The fuzzer's input as Qt bytes, and a check that stops the run when an invariant breaks.

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sala::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: Qt may keep the array beyond the call, libFuzzer reuses the buffer.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of the reader broke: abort, so that libFuzzer keeps the input as a crash.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace sala::fuzz
