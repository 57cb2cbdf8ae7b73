// The catalogues are embedded as Qt resources of this library; this file gives it a body.
namespace Torget::Translations {
int linked = 1;
} // namespace Torget::Translations
