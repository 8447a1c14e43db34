// placeholder while the importer is written in this session; replaced before any commit
#include "privatesnn/torchscript_import.h"
#include "privatesnn/error.h"
namespace psnn {
Network importTorchScript(const std::string& path, const ImportOptions&) { throw Error(ErrorCode::Unsupported, "not yet: " + path); }
}
