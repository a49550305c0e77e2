// Plugins that go wrong in the ways the SDK promises to contain, built by sdk_test.sh with
// nothing but a compiler and pkg-config against an installed tree. One of:
//   FAULT_FUTURE_API   claims a later plugin API version: must be refused, naming both versions
//   FAULT_ERROR        its writer throws govtech::Error: reported like any conversion error
//   FAULT_FOREIGN      its writer throws std::runtime_error: reported naming the plugin
#include <govtech/plugin.hpp>

#include <stdexcept>

namespace {

class FaultWriter final : public govtech::Writer {
 public:
  govtech::FormatInfo info() const override { return {.name = "fault", .extensions = {"ft"}}; }
  void write(const govtech::Document&, govtech::WriteContext&, govtech::Sink& out) const override {
    out.write("partial");
#if defined(FAULT_ERROR)
    throw govtech::Error(govtech::ErrorKind::input, "the fault writer refuses this document",
                         {{},
                          { 2,
                            5 }});
#else
    throw std::runtime_error("something inside the fault writer broke");
#endif
  }
};

void register_formats(govtech::Registrar& registrar) {
  registrar.add_writer(std::make_unique<FaultWriter>());
}

}  // namespace

#if defined(FAULT_FUTURE_API)
extern "C" GOVTECH_PLUGIN_EXPORT const govtech::PluginEntry govtech_plugin_entry = {
    GOVTECH_PLUGIN_API_VERSION + 1,
    sizeof(govtech::PluginEntry),
    "fault-writer",
    "1.0.0",
    "built for the next plugin API",
    register_formats};
#else
GOVTECH_PLUGIN("fault-writer", "1.0.0", "a writer that throws", register_formats);
#endif
