#pragma once
// Exit codes of sala-cli, documented in `sala-cli --help`.

#include "util/expected.h"

namespace sala::cli {

enum ExitCode : int {
    Ok = 0,
    UsageError = 1,   // unknown command or missing argument
    CannotOpen = 2,   // missing file, not SQLite, not a Sala database
    Damaged = 3,      // integrity check failed
    TooNew = 4,       // written by a newer Sala
    InUse = 5,        // another Sala process has the database open for writing
    WriteFailed = 6,  // could not write the output or the database
    InvalidInput = 7, // the input file is invalid
};

ExitCode exitCodeFor(const Error &error);

} // namespace sala::cli
