/* plx-data.h: the engine's data files (rules, word lists)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

GBytes     *plx_data_lookup     (const char *name);
GHashTable *plx_data_load_words (const char *name);
JsonObject *plx_data_load_json  (const char *name);

/**
 * PlxDataReadLanguage:
 * @object: one language's part of a rules file
 *
 * Returns: (transfer full): what the caller keeps of it
 */
typedef gpointer (*PlxDataReadLanguage) (JsonObject *object);

GHashTable   *plx_data_load_languages (const char          *name,
                                       PlxDataReadLanguage  read);
gconstpointer plx_data_for_language   (GHashTable          *languages,
                                       const char          *language);

G_END_DECLS
