// What kind of image a resource is: the core's sniffer, which every writer that embeds images
// shares (see govtech/image_type.hpp).
#pragma once

#include "govtech/image_type.hpp"

namespace govtech::epub {

using govtech::ImageType;
using govtech::sniff_image_type;
using govtech::svg_problem;

}  // namespace govtech::epub
