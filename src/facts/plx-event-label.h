/* plx-event-label.h: what happened on a date, as the ledger names it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-dates.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

char *plx_event_label (const char *text,
                       GArray     *tokens,
                       gsize       date_start,
                       gsize       date_end,
                       const char *language,
                       gboolean   *cut);
gboolean plx_date_is_period (const char           *text,
                             GArray               *tokens,
                             const PlxDateMention *mention,
                             const char           *language);

G_END_DECLS
