// The language and direction an element states (lang, xml:lang, dir), when they differ from
// what it inherits: what makes a <span> a Span and a <div> a Division.
#pragma once

#include <gumbo.h>

#include "govtech/ast.hpp"
#include "metadata.hpp"

namespace html_reader {

// Empty when the element changes neither language nor direction. Otherwise the language
// and direction it changes, with its id and classes (not on Google Docs and Word exports,
// whose classes only style). `block` asks for a Division: a page that states no language
// anywhere above has no language to differ from, so a wrapper's lang is the page's.
govtech::Attributes changed_attributes(const GumboNode* element, const PageInfo& page, bool block);

}  // namespace html_reader
