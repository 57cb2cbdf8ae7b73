#pragma once

#include <span>

// Text material for the demo municipality ("Demo kommune"). Plain data: the generator in
// demogenerator.cpp picks from these tables with its seeded random source. Placeholders the
// generator fills: {navn} citizen's first name, {agent} agent's first name, {kommune} "Demo kommune",
// {sted} a place name, {dato} a date dd.MM.yyyy, {tid} a time HH:mm.

namespace Torget::Demo {

enum class Lang
{
    Bokmal,
    Nynorsk,
    English
};

enum class Topic
{
    Renovasjon,
    Broyting,
    VannAvlop,
    Barnehage,
    Byggesak,
    Skole,
    Eiendomsskatt,
    Arrangementer,
    Kollektivtrafikk,
    Vei,
    Annet,
};
inline constexpr int TopicCount = 11;

// Own posts are coded information / mobilization / dialog (DOMAIN.md §2).
enum class PostClass
{
    Information,
    Mobilization,
    Dialog
};

struct Phrase
{
    Topic topic;
    Lang lang;
    const char *text; // UTF-8
};

struct PostText
{
    PostClass postClass;
    Topic topic;
    Lang lang;
    const char *text; // UTF-8
};

struct TopicInfo
{
    Topic topic;
    const char *tag;        // tag (etikett) as stored, lower case bokmål, e.g. "renovasjon"
    int seasonalWeight[12]; // relative weight per month, January first
};

std::span<const TopicInfo> topics();
std::span<const Phrase> citizenQuestions(); // opening message of a conversation
std::span<const Phrase> citizenFollowUps(); // later inbound messages in the same conversation
std::span<const Phrase> agentReplies();     // human replies, may use {navn} and {agent}
std::span<const Phrase> redirectReplies();  // "please use the formal channel" replies
std::span<const PostText> ownPosts();       // the municipality's own posts
std::span<const char *const> firstNames();
std::span<const char *const> lastNames();
std::span<const char *const> agentNames(); // full names of service desk staff
std::span<const char *const> placeNames(); // street and area names in the municipality

} // namespace Torget::Demo
