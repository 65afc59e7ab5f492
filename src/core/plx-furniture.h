/* plx-furniture.h: data-driven rules that find page furniture
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-types.h"

G_BEGIN_DECLS

PlxFurnitureRules *plx_furniture_rules_new_from_data    (const char         *json,
                                                         gsize               length,
                                                         GError            **error);
PlxFurnitureRules *plx_furniture_rules_get_default      (void);
void               plx_furniture_rules_free             (PlxFurnitureRules  *rules);
guint              plx_furniture_rules_get_n_rules      (PlxFurnitureRules  *rules);
void               plx_furniture_mark_lines             (PlxFurnitureRules  *rules,
                                                         const char         *text,
                                                         gsize               length,
                                                         GArray             *lines,
                                                         gsize              *boilerplate_end);
gboolean           plx_furniture_is_boilerplate_sentence (PlxFurnitureRules *rules,
                                                          const char        *sentence);
gboolean           plx_text_is_headline_like            (const char         *text,
                                                         gsize               length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxFurnitureRules, plx_furniture_rules_free)

G_END_DECLS
