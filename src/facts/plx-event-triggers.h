/* plx-event-triggers.h: the kind of event a date dates ("a possible meeting next month")
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *plx_event_trigger_near (GArray     *tokens,
                                    guint       first,
                                    guint       last,
                                    const char *language);
const char *plx_event_trigger_at   (GArray     *tokens,
                                    guint       t,
                                    const char *language);
gboolean    plx_event_trigger_named (const char *text,
                                     const char *language);

G_END_DECLS
