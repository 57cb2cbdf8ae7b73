#pragma once

#include "postclassifier.h"

#include <span>

namespace Torget::PostRules {

// One rule of the post classifier: patterns over folded text (SearchText::fold), any of which fires
// the rule once. A pattern may capture the part to show as "matched" in group 1 (used where the
// pattern has to look at the sentence start); otherwise the whole match is shown.
struct PostRule
{
    const char *id;
    PostClass towards;
    double weight;
    const char *description; // untranslated; context "Torget::PostClassifier"
    std::span<const char *const> patterns;
};

std::span<const PostRule> all();

} // namespace Torget::PostRules
