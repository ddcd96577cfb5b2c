/* list-enums.c — every enumeration of core, as the validate suite reads it
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one line per value: the type name, a tab, the nick (the word the
 * file stores). check-architecture.py reads it, so that the list of words
 * the views must not spell out comes from the GEnums themselves.
 */

#include <stdio.h>

#include "vb-enums.h"
#include "vb-stage.h"

int
main (void)
{
  guint n_types = 0;
  const GType *types = vb_enum_types (&n_types);

  GEnumClass *stages = g_type_class_ref (VB_TYPE_STAGE);

  for (guint t = 0; t < n_types; t++)
    for (guint i = 0; i < vb_enum_get_n_values (types[t]); i++)
      printf ("%s\t%s\n", g_type_name (types[t]),
              vb_enum_get_nick (types[t], vb_enum_get_value (types[t], i)));
  /* the stages' ids are words of the same kind (vb-stage.h) */
  for (guint i = 0; i < stages->n_values; i++)
    printf ("%s\t%s\n", g_type_name (VB_TYPE_STAGE), stages->values[i].value_nick);
  g_type_class_unref (stages);
  return ferror (stdout) || fflush (stdout) != 0 ? 1 : 0;
}
