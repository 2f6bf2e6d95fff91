// The generator assembly compiles the library's model and units as well (to build and write the same objects), so
// its public types share names with the library's. It is referenced under an alias; only its own namespace is
// imported here, once for the whole project.
extern alias GeneratorAssembly;

global using GeneratorAssembly::Cianopramine.Data.Generator;
