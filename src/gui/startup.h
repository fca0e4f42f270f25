#pragma once
// Everything the `sala` executable does, so that its main() stays one line.

namespace sala {

int runSala(int argc, char *argv[]);

} // namespace sala
