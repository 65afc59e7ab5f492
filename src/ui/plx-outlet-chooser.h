/* plx-outlet-chooser.h: a searchable list of a corpus's outlets, to
 * show or hide their columns or to pick the one the rows follow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-corpus.h"

G_BEGIN_DECLS

#define PLX_TYPE_OUTLET_CHOOSER (plx_outlet_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PlxOutletChooser, plx_outlet_chooser, PLX, OUTLET_CHOOSER, GtkWidget)

GtkWidget      *plx_outlet_chooser_new              (gboolean          pivot);
void            plx_outlet_chooser_set_corpus       (PlxOutletChooser *self,
                                                     PlxCorpus        *corpus);

/* For the tests */
GtkSearchEntry *plx_outlet_chooser_get_search_entry (PlxOutletChooser *self);
GListModel     *plx_outlet_chooser_get_shown        (PlxOutletChooser *self);
GtkListView    *plx_outlet_chooser_get_list_view    (PlxOutletChooser *self);

G_END_DECLS
