// Symbol visibility for the core library. Plugins are built with hidden visibility; the core's
// public classes are exported explicitly so that their type information (and so exceptions
// thrown across a plugin boundary) is one and the same in every module.
#pragma once

#if defined(_WIN32)
#define GOVTECH_API
#define GOVTECH_PLUGIN_EXPORT __declspec(dllexport)
#else
#define GOVTECH_API __attribute__((visibility("default")))
#define GOVTECH_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif
