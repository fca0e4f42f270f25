// sala: the facilitator console.

#include "startup.h"

int main(int argc, char *argv[])
{
    return sala::runSala(argc, argv);
}
